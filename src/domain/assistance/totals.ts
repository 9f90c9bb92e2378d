/** Totals of donated quantities per item. */

export interface DonatedQuantity {
  readonly itemId: string;
  readonly itemName: string;
  readonly unit: string;
  readonly quantity: number;
}

/** Sum quantities per item, in the order items first appear. */
export function donationTotals(lines: readonly DonatedQuantity[]): DonatedQuantity[] {
  const totals = new Map<string, DonatedQuantity>();
  for (const line of lines) {
    const seen = totals.get(line.itemId);
    totals.set(line.itemId, { ...line, quantity: (seen?.quantity ?? 0) + line.quantity });
  }
  return [...totals.values()];
}
