export function Pay({ onPay }: { onPay: () => Promise<void> }) {
  return (
    <div>
      <Button onClick={onPay}>Pay now</Button>
      <a href="#">Terms</a>
    </div>
  );
}
