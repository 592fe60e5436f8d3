namespace PuenteBot.Families.Api;

/// <summary>An enrolled family as the clinic's systems read it (<c>GET /api/families/{id}</c>), with the conversations linked to it and their answer to reminders.</summary>
public sealed record FamilyDetail(
    string Id,
    string Mrn,
    string ChildFirstName,
    string CaregiverName,
    string? Phone,
    string Language,
    string Channel,
    string? Clinician,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Conversations,
    bool? Reminders)
{
    public static FamilyDetail From(FamilyRecord family, IReadOnlyList<string> conversations) => new(
        family.Id, family.Mrn, family.ChildFirstName, family.CaregiverName, family.Phone, family.Language, family.Channel, family.Clinician,
        family.CreatedAt, conversations, family.Reminders);
}
