import { AddToBasket } from '../components/AddToBasket';

export default function ProductPage({ product }: { product: { name: string; description: string } }) {
  return (
    <html lang="en">
      <head>
        <title>React App</title>
      </head>
      <body>
        <main>
          <h1>{product.name}</h1>
          <p>{product.description}</p>
          <AddToBasket product={product} />
          <h3>Delivery</h3>
          <p>Delivered in 3 to 5 working days. Free returns within 30 days.</p>
        </main>
      </body>
    </html>
  );
}
