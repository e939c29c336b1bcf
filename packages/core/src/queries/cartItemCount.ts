/** How many items a cart holds (the number on a "Cart (N)" link); 0 for no cart. */
export function cartItemCount(cart: { lineItems: { totalQuantity: number } } | null | undefined): number {
  return cart?.lineItems.totalQuantity ?? 0;
}
