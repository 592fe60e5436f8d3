namespace PuenteBot.Dialogs.Recognizers.Entities;

/// <summary>
/// What a caregiver's message says about the family's situation, in the entity labels of the corpus: insurance,
/// who disagrees, what the visit clashes with, whether other children need watching, how many children and their
/// ages, a day or time as written, how the child feels about care, and how and in which language to reach them.
/// Every field is null (or empty) when the message does not say.
/// </summary>
public sealed record FamilyEntities
{
    public static readonly FamilyEntities None = new();

    /// <summary>medicaid, chip, private, none or unsure.</summary>
    public string? Insurance { get; init; }

    /// <summary>partner, other_parent, grandparent, relative or child.</summary>
    public string? Disagrees { get; init; }

    /// <summary>work or school.</summary>
    public string? Conflict { get; init; }

    public bool Childcare { get; init; }

    /// <summary>Who helps with the other children: nobody (a partner away at work counts as nobody) or family.</summary>
    public string? ChildcareHelp { get; init; }

    public int? Children { get; init; }

    public IReadOnlyList<int> Ages { get; init; } = [];

    /// <summary>The day or time words as the caregiver wrote them.</summary>
    public string? When { get; init; }

    /// <summary>refuses, dislikes_clinician, bored, afraid or likes.</summary>
    public string? ChildFeeling { get; init; }

    /// <summary>phone, text, video, email or in_person.</summary>
    public string? Contact { get; init; }

    /// <summary>en or es: the language the caregiver asks to be reached in.</summary>
    public string? ContactLanguage { get; init; }

    public bool IsEmpty => this == None || (Insurance is null && Disagrees is null && Conflict is null && !Childcare && ChildcareHelp is null && Children is null
        && Ages.Count == 0 && When is null && ChildFeeling is null && Contact is null && ContactLanguage is null);
}
