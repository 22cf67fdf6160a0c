/** Whole FCFA the Senegalese way: 21 442 FCFA (a narrow no-break space groups the thousands). */
export function fcfa(amount: number): string {
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${amount < 0 ? "-" : ""}${digits} FCFA`;
}
