using System.Text.RegularExpressions;

namespace PuenteBot.Families;

/// <summary>
/// What the clinic enrols a family with (<c>POST /api/families</c> and the portal's enrolment form): the child's first
/// name and record number, the caregiver, how to reach them, their language and channel, the assigned clinician, and
/// (optional) whether they agreed to reminders before visits.
/// </summary>
public sealed partial record EnrolmentRequest(
    string? Mrn,
    string? ChildFirstName,
    string? CaregiverName,
    string? Phone,
    string? Language,
    string? Channel,
    string? Clinician)
{
    public const int MaxLength = 100;

    public const string Sms = "sms";

    public const string WebChat = "webchat";

    /// <summary>Whether the family agreed to reminders before visits (<see cref="FamilyRecord.Reminders"/>); null when not asked.</summary>
    public bool? Reminders { get; init; }

    /// <summary>What is wrong, by field (the JSON names): <c>required</c>, <c>length</c>, <c>phone</c>, <c>language</c> or <c>channel</c>; empty when it can be enrolled.</summary>
    public Dictionary<string, string> ProblemCodes()
    {
        var problems = new Dictionary<string, string>();
        Required(problems, "mrn", Mrn);
        Required(problems, "childFirstName", ChildFirstName);
        Required(problems, "caregiverName", CaregiverName);
        Length(problems, "clinician", Clinician);
        if (Language?.Trim() is not ("en" or "es"))
        {
            problems["language"] = "language";
        }

        if (Channel?.Trim() is not (Sms or WebChat))
        {
            problems["channel"] = "channel";
        }

        var phone = Phone?.Trim();
        if (string.IsNullOrEmpty(phone))
        {
            if (Channel?.Trim() == Sms)
            {
                problems["phone"] = "required";
            }
        }
        else if (!E164().IsMatch(phone))
        {
            problems["phone"] = "phone";
        }

        return problems;
    }

    /// <summary>The problems in plain English for the clinic's systems (<c>POST /api/families</c>'s validation answer).</summary>
    public Dictionary<string, string[]> Problems() => ProblemCodes().ToDictionary(p => p.Key, p => new[]
    {
        p.Value switch
        {
            "required" when p.Key == "phone" => "Required for sms: the caregiver's mobile number in E.164 form, like +15551234567.",
            "required" => "Required.",
            "length" => $"At most {MaxLength} characters, on one line.",
            "phone" => "Must be in E.164 form, like +15551234567.",
            "language" => "Must be \"en\" or \"es\".",
            _ => "Must be \"sms\" or \"webchat\".",
        },
    });

    /// <summary>The family record this request makes (call once <see cref="Problems"/> is empty).</summary>
    public FamilyRecord ToRecord(string id, DateTimeOffset now) => new(
        id,
        Mrn!.Trim(),
        ChildFirstName!.Trim(),
        CaregiverName!.Trim(),
        string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        Language!.Trim(),
        Channel!.Trim(),
        string.IsNullOrWhiteSpace(Clinician) ? null : Clinician.Trim(),
        now)
    {
        Reminders = Reminders,
    };

    private static void Required(Dictionary<string, string> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems[field] = "required";
        }
        else
        {
            Length(problems, field, value);
        }
    }

    private static void Length(Dictionary<string, string> problems, string field, string? value)
    {
        if (value is { } text && (text.Trim().Length > MaxLength || text.Any(char.IsControl)))
        {
            problems[field] = "length";
        }
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
