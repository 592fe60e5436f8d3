using PuenteBot.Dialogs.Clinic;
using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.TalkToPerson;

/// <summary>The ways the care team can reach the caregiver, offered as options (titles are Person.Way.* keys).</summary>
public static class CallBackWays
{
    public const string Call = "call";
    public const string Text = "text";
    public const string Video = "video";
    public const string Email = "email";

    /// <summary>Every way, as noted.</summary>
    public static readonly IReadOnlyList<string> All = [Call, Text, Video, Email];

    /// <summary>The options; video is left out when the clinic says it has no video visits.</summary>
    public static List<Choice> For(ClinicOptions clinic) =>
    [
        new(Call, "Person.Way." + Call, ["phone", "llamar", "llameme", "llamenme", "telefono", "llamada", "llamen", "call me", "por telefono"]),
        new(Text, "Person.Way." + Text, ["sms", "texto", "mensaje", "textear"]),
        .. clinic.OffersVideoVisits == false ? Array.Empty<Choice>() : [new Choice(Video, "Person.Way." + Video, ["videollamada", "zoom", "facetime"])],
        new(Email, "Person.Way." + Email, ["correo", "mail", "e-mail", "correo electronico"]),
    ];
}
