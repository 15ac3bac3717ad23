import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { Button } from './Button';
import { TextInput } from './TextInput';
import { placeOrder } from '../api/orders';

export function CheckoutForm({ cart }: { cart: { id: string; total: string } }) {
  const [cardError, setCardError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    try {
      await placeOrder(cart.id);
    } catch {
      toast.error('Oops! Something went wrong.');
      setCardError('Invalid input');
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <h2>Payment</h2>
      <label htmlFor="card">Card number</label>
      <TextInput id="card" name="card" inputMode="numeric" autoComplete="cc-number" aria-invalid={cardError !== null} />
      {cardError && <p className="field-error">{cardError}</p>}

      <h4>Billing address</h4>
      <p>In order to authenticate your payment, your bank may ask for a code.</p>

      <Button type="submit" disabled={submitting}>
        Place order
      </Button>
      <p>
        By ordering you agree to our <Link href="/terms">terms</Link>. <a href="#">Learn more</a>
      </p>
    </form>
  );
}
