namespace PuenteBot.Content.Answers;

/// <summary>The clinic facts an answer may tell (<c>clinic:</c> in its front matter), each a <c>Clinic:*</c> option.</summary>
public static class AnswerClinicFacts
{
    public const string Phone = "phone";
    public const string Hours = "hours";
    public const string Address = "address";
    public const string VideoVisits = "videoVisits";

    public static IReadOnlyList<string> All { get; } = [Phone, Hours, Address, VideoVisits];
}
