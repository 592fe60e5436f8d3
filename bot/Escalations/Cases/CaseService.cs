using PuenteBot.Audit;

namespace PuenteBot.Escalations.Cases;

/// <summary>
/// What clinicians do with a case, each step audited: claim (which also acknowledges the escalation), assign to a
/// colleague, note, close with a disposition. Answers false when the case's state does not allow the step.
/// </summary>
public sealed class CaseService(ICaseStore cases, IEscalationStore escalations, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The longest note kept.</summary>
    public const int MaxNoteLength = 4000;

    public async Task<bool> ClaimAsync(string escalationId, string user, CancellationToken cancellationToken)
    {
        if (!await cases.ClaimAsync(escalationId, user, cancellationToken))
        {
            return false;
        }

        await escalations.AcknowledgeAsync(escalationId, user, cancellationToken);
        await AuditAsync(user, AuditActions.Claim, escalationId, null, cancellationToken);
        return true;
    }

    public async Task<bool> AssignAsync(string escalationId, string user, string assignee, CancellationToken cancellationToken)
    {
        if (!await cases.AssignAsync(escalationId, assignee, cancellationToken))
        {
            return false;
        }

        await AuditAsync(user, AuditActions.Assign, escalationId, assignee, cancellationToken);
        return true;
    }

    public async Task<bool> NoteAsync(string escalationId, string user, string? text, CancellationToken cancellationToken)
    {
        var clean = (text ?? string.Empty).Trim();
        if (clean.Length is 0 or > MaxNoteLength || !await cases.AddNoteAsync(escalationId, user, clean, cancellationToken))
        {
            return false;
        }

        await AuditAsync(user, AuditActions.Note, escalationId, null, cancellationToken);
        return true;
    }

    /// <summary>Closes with one of <see cref="CaseDispositions.All"/>, and the note when there is one.</summary>
    public async Task<bool> CloseAsync(string escalationId, string user, string? disposition, string? note, CancellationToken cancellationToken)
    {
        if (disposition is null || !CaseDispositions.All.Contains(disposition) || !await cases.CloseAsync(escalationId, user, disposition, cancellationToken))
        {
            return false;
        }

        await AuditAsync(user, AuditActions.Close, escalationId, disposition, cancellationToken);
        if (!string.IsNullOrWhiteSpace(note))
        {
            await NoteAsync(escalationId, user, note, cancellationToken);
        }

        return true;
    }

    /// <summary>Appends an audit row for <paramref name="actor"/> now.</summary>
    public Task AuditAsync(string actor, string action, string? escalationId, string? detail, CancellationToken cancellationToken, string? familyId = null) =>
        audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), actor, action, escalationId, familyId, detail), cancellationToken);
}
