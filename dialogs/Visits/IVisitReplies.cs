namespace PuenteBot.Dialogs.Visits;

/// <summary>
/// Where the visit conversations record the family's answers (the <c>outreach</c> row and the appointment), so the
/// care team and the outcomes page see them. Recording the same answer again changes nothing.
/// </summary>
public interface IVisitReplies
{
    Task RecordAsync(VisitReply reply, CancellationToken cancellationToken);
}
