/**
 * The signed result, carried by the shopper's browser to the merchant
 * (SPEC §7): one field, `jeton_result`, posted to the merchant's URL in the
 * top window (from the iframe too). Submitted automatically right after the
 * payment; the button serves without JavaScript and on later visits.
 */
export function ReturnForm({
  action,
  token,
  label,
  autoSubmit,
  nonce,
}: {
  action: string;
  token: string;
  label: string;
  autoSubmit: boolean;
  nonce: string;
}) {
  return (
    <>
      <form id="jeton-return" method="post" action={action} target="_top">
        <input type="hidden" name="jeton_result" value={token} />
        <button type="submit" className="primary">
          {label}
        </button>
      </form>
      {autoSubmit ? (
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: `setTimeout(function(){document.getElementById("jeton-return").submit()},1500);` }}
        />
      ) : null}
    </>
  );
}
