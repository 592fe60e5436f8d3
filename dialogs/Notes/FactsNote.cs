using PuenteBot.Dialogs.Recognizers.Entities;

namespace PuenteBot.Dialogs.Notes;

/// <summary>
/// What the family said about their situation, gathered from every message of the conversation: a later value
/// replaces an earlier one, and "none" or "unsure" is kept as said (it is an answer too). The barrier questions
/// read it, so nothing the family already told is asked again.
/// </summary>
public sealed class FactsNote
{
    /// <summary>medicaid, chip, private, none or unsure.</summary>
    public string? Insurance { get; set; }

    /// <summary>Who does not agree with the care: partner, other_parent, grandparent, relative or child.</summary>
    public string? Disagrees { get; set; }

    /// <summary>What the visit clashes with: work or school.</summary>
    public string? Conflict { get; set; }

    /// <summary>True once the family said other children need watching during visits.</summary>
    public bool ChildcareNeeded { get; set; }

    /// <summary>Who helps with the other children: nobody (including a partner away at work) or family.</summary>
    public string? ChildcareHelp { get; set; }

    public int? Children { get; set; }

    public List<int> Ages { get; set; } = [];

    /// <summary>The visit's day or time words as the family wrote them.</summary>
    public string? When { get; set; }

    /// <summary>How the child feels about going: refuses, dislikes_clinician, bored, afraid or likes.</summary>
    public string? ChildFeeling { get; set; }

    /// <summary>phone, text, video, email or in_person.</summary>
    public string? Contact { get; set; }

    /// <summary>en or es: the language the family asks to be reached in.</summary>
    public string? ContactLanguage { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Merges what one message said; returns true when anything was new or changed.</summary>
    public bool Merge(FamilyEntities found, DateTimeOffset at)
    {
        var before = Snapshot();
        Insurance = found.Insurance ?? Insurance;
        Disagrees = found.Disagrees ?? Disagrees;
        Conflict = found.Conflict ?? Conflict;
        ChildcareNeeded |= found.Childcare;
        ChildcareHelp = found.ChildcareHelp ?? ChildcareHelp;
        Children = found.Children ?? Children;
        Ages = found.Ages.Count > 0 ? [.. found.Ages] : Ages;
        When = found.When ?? When;
        ChildFeeling = found.ChildFeeling ?? ChildFeeling;
        Contact = found.Contact ?? Contact;
        ContactLanguage = found.ContactLanguage ?? ContactLanguage;
        var changed = before != Snapshot();
        if (changed)
        {
            UpdatedAt = at;
        }

        return changed;
    }

    private string Snapshot() =>
        string.Join('|', Insurance, Disagrees, Conflict, ChildcareNeeded, ChildcareHelp, Children, string.Join(',', Ages), When, ChildFeeling, Contact, ContactLanguage);
}
