import { useState } from 'react';
import type { LessonKind } from '@shared/model';
import { useUiStore } from '../../app/uiStore';
import { LessonDialog } from '../lessons/LessonDialog';
import { DecisionDialog } from './DecisionDialog';

interface LessonInvite {
  pilotId: string;
  decisionId: string;
  kind: LessonKind;
  verb: string;
  pilotName: string;
}

/**
 * "Record decision": opened from the pilot header, the Decisions tab and the portfolio's reviews
 * due, via `useUiStore().openDecisionDialog(pilotId)`. Mounted once in the shell. After an expand
 * or stop decision it invites a lesson, linked to the decision — the moments most worth learning
 * from — which the person may skip.
 */
export function RecordDecisionDialog() {
  const pilotId = useUiStore((s) => s.decisionDialogPilotId);
  const openDecisionDialog = useUiStore((s) => s.openDecisionDialog);
  const [invite, setInvite] = useState<LessonInvite | null>(null);

  return (
    <>
      <DecisionDialog
        pilotId={pilotId}
        onClose={() => openDecisionDialog(null)}
        onRecorded={(decision, pilotName) => {
          if (decision.kind !== 'expand' && decision.kind !== 'stop') return;
          setInvite({
            pilotId: decision.pilotId,
            decisionId: decision.id,
            kind: decision.kind === 'expand' ? 'practice' : 'pitfall',
            verb: decision.kind,
            pilotName,
          });
        }}
      />
      {invite && (
        <LessonDialog
          open
          onClose={() => setInvite(null)}
          pilotId={invite.pilotId}
          initial={{ decisionId: invite.decisionId, kind: invite.kind }}
          title="What should other pilots copy or avoid?"
          description={`You decided to ${invite.verb} “${invite.pilotName}”. Write down what other pilots should copy or avoid while it is fresh — or skip.`}
          cancelLabel="Skip"
        />
      )}
    </>
  );
}
