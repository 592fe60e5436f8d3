using System.ComponentModel.DataAnnotations;

namespace PuenteBot.Families;

/// <summary>
/// <c>Families:</c> — enrolment. <c>Families:InviteLifetime</c> is how long a web-chat invitation link works (default
/// 14 days); <c>Families:InviteSigningKey</c> signs them (empty: a random key made once and kept in the database, so
/// every instance and every restart accepts the same links).
/// </summary>
public sealed class FamilyOptions : IValidatableObject
{
    public const string Section = "Families";

    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromDays(14);

    public string InviteSigningKey { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InviteLifetime <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Families:InviteLifetime must be positive.", [nameof(InviteLifetime)]);
        }

        if (InviteSigningKey.Length is > 0 and < 32)
        {
            yield return new ValidationResult("Families:InviteSigningKey must be at least 32 characters.", [nameof(InviteSigningKey)]);
        }
    }
}
