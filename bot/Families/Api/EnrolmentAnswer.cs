namespace PuenteBot.Families.Api;

/// <summary>The answer to <c>POST /api/families</c>: the family's id, their web-chat invitation, and whether the first SMS was queued.</summary>
public sealed record EnrolmentAnswer(string Id, string InviteUrl, bool FirstSmsQueued);
