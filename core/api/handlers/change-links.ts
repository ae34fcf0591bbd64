import { linkChange, listChangeLinks, unlinkChange } from '../../consult/change-links.ts';
import type { changeLinkChannels } from '../channels/change-links.ts';
import { asStep } from './editor.ts';
import type { HandlersOf } from './types.ts';

/** Each answers with the node's links after the change, for the editor's list. */
export const changeLinkHandlers: HandlersOf<typeof changeLinkChannels> = {
  'consult.changeLinks': (s, i) => listChangeLinks(s.plan, i),
  'consult.linkChange': (s, i) =>
    asStep(s.plan, '关联意见', { nodeId: i.nodeId }, () => (linkChange(s.plan, i.commentId, i.nodeId), listChangeLinks(s.plan, { nodeId: i.nodeId }))),
  'consult.unlinkChange': (s, i) =>
    asStep(s.plan, '取消关联意见', { nodeId: i.nodeId }, () => (unlinkChange(s.plan, i.commentId, i.nodeId), listChangeLinks(s.plan, { nodeId: i.nodeId }))),
};
