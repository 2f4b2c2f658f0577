/**
 * The committees of the instance as a tree (a handful of rows, read whole): a committee's subtree is the
 * committee and every committee below it; its ancestors are the committees above it.
 */
import type { Database } from '../store/database';

export interface CommitteeNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  /** The place its reports' header names ("Hà Nội"); '' when not set. */
  readonly locality: string;
}

export interface CommitteeTree {
  readonly byId: ReadonlyMap<string, CommitteeNode>;
  /** The committee and those below it, the committee first; empty when it does not exist. */
  subtree(committeeId: string): CommitteeNode[];
  /** The committee and those above it, nearest first; empty when it does not exist. A cycle stops the walk. */
  lineage(committeeId: string): CommitteeNode[];
}

export async function loadCommitteeTree(db: Database): Promise<CommitteeTree> {
  const rows = await db.prisma.committee.findMany({
    select: { id: true, name: true, parentId: true, locality: true },
    orderBy: { id: 'asc' },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, CommitteeNode[]>();
  for (const row of rows)
    if (row.parentId !== null) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  return {
    byId,
    subtree(committeeId) {
      const root = byId.get(committeeId);
      if (!root) return [];
      const seen = new Set([root.id]);
      const found: CommitteeNode[] = [root];
      for (let i = 0; i < found.length; i += 1) {
        for (const child of children.get(found[i]?.id ?? '') ?? []) {
          if (!seen.has(child.id)) {
            seen.add(child.id);
            found.push(child);
          }
        }
      }
      return found;
    },
    lineage(committeeId) {
      const found: CommitteeNode[] = [];
      const seen = new Set<string>();
      for (
        let node = byId.get(committeeId);
        node && !seen.has(node.id);
        node = node.parentId === null ? undefined : byId.get(node.parentId)
      ) {
        seen.add(node.id);
        found.push(node);
      }
      return found;
    },
  };
}
