import type { TransactionDetail } from "@jeton/core";
import { Figure } from "./figure";

const transStatusMeaning: Record<string, string> = {
  Y: "authenticated",
  A: "attempted",
  N: "not authenticated",
  U: "unavailable",
  R: "rejected",
  C: "challenge required",
};

export function ThreeDsSection({ transaction }: { transaction: TransactionDetail }) {
  return (
    <section className="bo-card" aria-labelledby="three-ds">
      <h2 id="three-ds">3-D Secure</h2>
      {transaction.threeDs ? (
        <dl className="bo-figures">
          <Figure term="Version">{transaction.threeDs.version}</Figure>
          <Figure term="Result">
            {transaction.threeDs.transStatus} ({transStatusMeaning[transaction.threeDs.transStatus] ?? "unknown"})
          </Figure>
          <Figure term="ECI">{transaction.threeDs.eci ?? "none"}</Figure>
          <Figure term="Liability shift">{transaction.threeDs.liabilityShift ? "Yes" : "No"}</Figure>
          <Figure term="Challenge">{transaction.threeDs.challenged ? "The customer was challenged" : "Frictionless"}</Figure>
        </dl>
      ) : (
        <p className="bo-hint">
          {transaction.status === "blocked"
            ? "None: the payment was blocked before authentication."
            : transaction.initiatedBy === "merchant"
              ? "None: a merchant-initiated charge has no customer to authenticate."
              : "No 3-D Secure outcome recorded."}
        </p>
      )}
    </section>
  );
}
