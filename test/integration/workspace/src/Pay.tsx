export function Pay({ onPay }: { onPay: () => Promise<void> }) {
  return (
    <div>
      <Button onClick={onPay}>Pay now</Button>
      <a href="#">Terms</a>
      <p>We utilize your card only for this order.</p>
    </div>
  );
}
