namespace PuenteBot.Dialogs.Notes;

/// <summary>
/// What the conversation learned that a clinician needs, kept in the conversation's state and copied into every
/// escalation's summary: the caregiver's own words are kept as they wrote them, in their language.
/// </summary>
public sealed class CareNotes
{
    /// <summary>The caregiver's name, when they gave it.</summary>
    public string? CaregiverName { get; set; }

    /// <summary>What the family said about their situation (insurance, who disagrees, work or school, …), kept from every message.</summary>
    public FactsNote Facts { get; set; } = new();

    public List<BarrierNote> Barriers { get; set; } = [];

    /// <summary>Barrier options the family ruled out ("none of these"), by UI string key: not offered again in this conversation.</summary>
    public List<string> DeclinedOptions { get; set; } = [];

    /// <summary>Stigma and shame worries (what family will think, feeling at fault, a label, faith, medication).</summary>
    public List<ConcernNote> Concerns { get; set; } = [];

    /// <summary>How confident the caregiver feels about continuing care, 0–10, at the start of the talk about stigma.</summary>
    public int? ConfidenceBefore { get; set; }

    /// <summary>The same question at its end.</summary>
    public int? ConfidenceAfter { get; set; }

    public List<SetbackNote> Setbacks { get; set; } = [];

    /// <summary>Slugs of the handouts sent, in order.</summary>
    public List<string> HandoutsSent { get; set; } = [];

    /// <summary>The best time and way for the care team to reach the caregiver.</summary>
    public CallBackNote? CallBack { get; set; }

    /// <summary>Every message the risk check found danger in.</summary>
    public List<RiskNote> RiskEvents { get; set; } = [];

    /// <summary>The crisis episode's safety answers, what the family was told and what they did.</summary>
    public AssessmentNote Assessment { get; set; } = new();

    /// <summary>A name and call-back number the family gave when asked (families not enrolled); staff-only.</summary>
    public ContactNote? Contact { get; set; }
}
