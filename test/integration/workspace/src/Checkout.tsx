import { useTranslation } from "react-i18next";

export function Checkout({ onPay, failed }: { onPay: () => Promise<void>; failed: boolean }) {
  const { t } = useTranslation();
  return (
    <form>
      {failed && <p role="alert">{t("errors.password")}</p>}
      <button onClick={onPay}>{t("actions.pay")}</button>
    </form>
  );
}
