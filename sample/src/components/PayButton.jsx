import { useState } from 'react';
import { chargeCard } from '../api/payments';

// Problem: nothing changes after the first click, so an impatient second click charges twice.
export function PayButton({ order }) {
  return (
    <button className="btn btn-primary" onClick={async () => { await chargeCard(order.id); }}>
      Pay now
    </button>
  );
}

// Good: the button is disabled and says what is happening while the charge runs.
export function SafePayButton({ order, onPaid }) {
  const [isPaying, setIsPaying] = useState(false);
  async function handlePay() {
    setIsPaying(true);
    try {
      await chargeCard(order.id);
      onPaid();
    } finally {
      setIsPaying(false);
    }
  }
  return (
    <button className="btn btn-primary" onClick={handlePay} disabled={isPaying} aria-busy={isPaying}>
      {isPaying ? 'Paying…' : `Pay ${order.total}`}
    </button>
  );
}
