using PuenteBot.Content.Answers;
using PuenteBot.Dialogs.Clinic;

namespace PuenteBot.Dialogs.Questions;

/// <summary>What an answer says: its text, or for a clinic fact the configured value in it — and when the clinic has not configured that fact, the answer's <see cref="Answer.Unknown"/> (the care team can tell them).</summary>
public static class AnswerText
{
    public static string For(Answer answer, ClinicOptions clinic)
    {
        var value = answer.Clinic switch
        {
            null => null,
            AnswerClinicFacts.Phone => clinic.Phone,
            AnswerClinicFacts.Hours => clinic.Hours,
            AnswerClinicFacts.Address => clinic.Address,
            AnswerClinicFacts.VideoVisits => clinic.OffersVideoVisits == true ? "true" : string.Empty,
            _ => string.Empty,
        };

        return value switch
        {
            null => answer.Text,
            "" => answer.Unknown ?? answer.Text,
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, answer.Text, value),
        };
    }
}
