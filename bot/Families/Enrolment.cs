namespace PuenteBot.Families;

/// <summary>
/// A family just enrolled: the record, the path of their web-chat invitation (<c>/?lang=…&amp;invite=…</c>, made
/// absolute by the caller), and whether the first SMS was queued.
/// </summary>
public sealed record Enrolment(FamilyRecord Family, string InvitePath, bool FirstSmsQueued);
