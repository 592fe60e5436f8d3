using PuenteBot.Dialogs.Recognizers;

namespace PuenteBot.Dialogs.MainMenu;

/// <summary>The menu's topics, in the order shown; each is the id of its conversation (a dialog registered under MainDialog.TopicKey) and has a Menu.Option.* string.</summary>
public static class MenuTopics
{
    public const string Barriers = "barriers";
    public const string Stigma = "stigma";
    public const string Setback = "setback";
    public const string Handouts = "handouts";
    public const string Person = "person";

    public static readonly IReadOnlyList<string> All = [Barriers, Stigma, Setback, Handouts, Person];

    /// <summary>The topic a sentence asks for ("no tengo carro para ir a la cita" is barriers), or null.</summary>
    public static string? FromIntent(IntentResult intent) => intent.Intent switch
    {
        Intents.Barrier when intent.Barriers.Count > 0 && intent.Barriers.All(Recognizers.Barriers.IsStigmaOrShame) => Stigma,
        Intents.Barrier => Barriers,
        Intents.StigmaShame => Stigma,
        Intents.Setback => Setback,
        Intents.HandoutRequest => Handouts,
        Intents.TalkToClinician => Person,
        _ => null,
    };
}
