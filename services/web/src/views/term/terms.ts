import { type Client, TermChoicesDocument } from '@mentorship/client';

import { useQuery } from '../../api';

export interface TermOption {
  code: string;
  label: string;
  current: boolean;
}

/** The district's terms as codes (2026-2027-1), latest first, and which one is today's. */
export function useTerms(client: Client) {
  const state = useQuery(client, TermChoicesDocument, {});
  if (state.status !== 'done') return { state, terms: [] as TermOption[], current: null as string | null };
  const currentId = state.data.currentTerm?.id ?? null;
  const terms = state.data.academicYears.nodes.flatMap((y) =>
    [...y.terms]
      .sort((a, b) => b.number - a.number)
      .map((t) => ({
        code: `${y.name}-${t.number}`,
        label: `${y.name} 学年第${t.number === 1 ? '一' : '二'}学期`,
        current: t.id === currentId,
      })),
  );
  return { state, terms, current: terms.find((t) => t.current)?.code ?? terms[0]?.code ?? null };
}
