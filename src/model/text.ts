/** A sentence a person reads, in Finnish first and English beside it. */
export interface Bilingual {
  fi: string;
  en: string;
}

export type Language = "fi" | "en";
