/**
 * The simulated bank's words. The bank is another party than the payment
 * page, so it has its own texts (and, like a real ACS, its own languages).
 */
export const acsLocales = ["en", "fr", "ar"] as const;
export type AcsLocale = (typeof acsLocales)[number];

export function acsLocaleOf(value: string | null): AcsLocale {
  return (acsLocales as readonly string[]).includes(value ?? "") ? (value as AcsLocale) : "en";
}

const en = {
  bankName: "Jeton Test Bank",
  title: "Jeton Test Bank — verify your payment",
  heading: "Verify your payment",
  simulated: "This is a simulated bank for testing: no real bank is contacted.",
  testCode: "Test code:",
  amount: "Amount",
  instructions: "Enter the one-time code sent to your phone.",
  codeLabel: "One-time code",
  attemptsLeft: "Attempts left: {n}",
  wrongCode: "That code is incorrect. Attempts left: {n}.",
  emptyCode: "Enter the code you received.",
  verify: "Verify",
  cancel: "Cancel",
  authenticated: "Payment verified",
  failed: "Verification failed",
  canceled: "Verification canceled",
  returning: "Returning to the shop…",
  continue: "Continue",
  endedHeading: "Verification unavailable",
  invalid: "This verification request is not valid.",
  unknown: "This verification request was not found.",
  expired: "This verification has expired. Go back to the shop to try again.",
  closed: "This verification is already complete.",
  error: "Something went wrong at the bank. Go back to the shop to try again.",
};

type AcsMessages = typeof en;

const fr: AcsMessages = {
  bankName: "Banque de test Jeton",
  title: "Banque de test Jeton — vérifiez votre paiement",
  heading: "Vérifiez votre paiement",
  simulated: "Ceci est une banque simulée, pour les tests : aucune vraie banque n'est contactée.",
  testCode: "Code de test :",
  amount: "Montant",
  instructions: "Saisissez le code à usage unique envoyé sur votre téléphone.",
  codeLabel: "Code à usage unique",
  attemptsLeft: "Tentatives restantes : {n}",
  wrongCode: "Ce code est incorrect. Tentatives restantes : {n}.",
  emptyCode: "Saisissez le code reçu.",
  verify: "Valider",
  cancel: "Annuler",
  authenticated: "Paiement vérifié",
  failed: "La vérification a échoué",
  canceled: "Vérification annulée",
  returning: "Retour au site du marchand…",
  continue: "Continuer",
  endedHeading: "Vérification indisponible",
  invalid: "Cette demande de vérification n'est pas valide.",
  unknown: "Cette demande de vérification est introuvable.",
  expired: "Cette vérification a expiré. Revenez sur le site du marchand pour réessayer.",
  closed: "Cette vérification est déjà terminée.",
  error: "Une erreur est survenue à la banque. Revenez sur le site du marchand pour réessayer.",
};

const ar: AcsMessages = {
  bankName: "بنك جيتون التجريبي",
  title: "بنك جيتون التجريبي — تحقق من عملية الدفع",
  heading: "تحقق من عملية الدفع",
  simulated: "هذا بنك محاكى لأغراض الاختبار، ولا يتم الاتصال بأي بنك حقيقي.",
  testCode: "الرمز التجريبي:",
  amount: "المبلغ",
  instructions: "أدخل الرمز الصالح لمرة واحدة المرسل إلى هاتفك.",
  codeLabel: "رمز التحقق لمرة واحدة",
  attemptsLeft: "المحاولات المتبقية: {n}",
  wrongCode: "الرمز غير صحيح. المحاولات المتبقية: {n}.",
  emptyCode: "أدخل الرمز الذي تلقيته.",
  verify: "تحقق",
  cancel: "إلغاء",
  authenticated: "تم التحقق من الدفع",
  failed: "فشل التحقق",
  canceled: "تم إلغاء التحقق",
  returning: "جارٍ العودة إلى المتجر…",
  continue: "متابعة",
  endedHeading: "التحقق غير متاح",
  invalid: "طلب التحقق هذا غير صالح.",
  unknown: "لم يتم العثور على طلب التحقق هذا.",
  expired: "انتهت صلاحية عملية التحقق هذه. عد إلى المتجر للمحاولة مرة أخرى.",
  closed: "اكتملت عملية التحقق هذه بالفعل.",
  error: "حدث خطأ لدى البنك. عد إلى المتجر للمحاولة مرة أخرى.",
};

export const acsMessages: Record<AcsLocale, AcsMessages> = { en, fr, ar };

/** Intl locale for amounts: Tunisian Arabic keeps Latin digits, as shoppers' cards and SMS codes do. */
export const acsIntlLocale: Record<AcsLocale, string> = { en: "en", fr: "fr", ar: "ar-TN" };
