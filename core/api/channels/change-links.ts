// Channels linking a change (a new or edited measure, any node) to the comment it answers, so the
// 修改对照表 cites its source. Pure (see ../contract.ts).
import { z } from 'zod';
import { NodeId } from '../../model/plan.ts';
import { channel } from './define.ts';

export interface ChangeLinkView {
  commentId: number;
  nodeId: number;
  unit: string;
  summary: string;
  status: 'pending' | 'adopted' | 'partlyAdopted' | 'rejected';
}

const Link = z.object({ commentId: NodeId, nodeId: NodeId }).strict();

export const changeLinkChannels = {
  'consult.changeLinks': channel<ChangeLinkView[]>()(z.object({ nodeId: NodeId.optional(), commentId: NodeId.optional() }).strict()),
  'consult.linkChange': channel<ChangeLinkView[]>()(Link),
  'consult.unlinkChange': channel<ChangeLinkView[]>()(Link),
} as const;
