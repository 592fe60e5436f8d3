using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Escalations;

/// <summary>The <c>Clinicians</c> section: who may use the clinician API, the language summaries are written in, and who is on call.</summary>
public sealed class ClinicianOptions : IValidatableObject
{
    public const string Section = "Clinicians";

    /// <summary>Bearer keys of the clinician API. Empty: the API answers 401 to everyone.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>The clinicians' language (en or es): summary labels are in it; the family's words stay in theirs.</summary>
    [Required]
    [AllowedValues("en", "es", ErrorMessage = "Clinicians:Language must be 'en' or 'es'.")]
    public string Language { get; set; } = "en";

    /// <summary>Who is re-paged when an urgent escalation waits (<c>Escalation:Repage:After</c>). Empty: no re-page.</summary>
    public List<Repage.OnCallClinician> OnCall { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("Clinicians:ApiKeys must not hold empty keys.", [nameof(ApiKeys)]);
        }

        foreach (var clinician in OnCall.Where(c => !c.HasValidHours))
        {
            yield return new ValidationResult($"Clinicians:OnCall: Hours '{clinician.Hours}' must be empty or like 08:00-17:00.", [nameof(OnCall)]);
        }
    }
}
