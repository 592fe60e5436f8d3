namespace PuenteBot.Handouts;

/// <summary>The UI string keys (Strings.resx / Strings.es.resx) of the handout pages and cards.</summary>
public static class HandoutKeys
{
    public const string OtherLanguage = "Handouts.Page.OtherLanguage";
    public const string Print = "Handouts.Page.Print";
    public const string Reviewed = "Handouts.Page.Reviewed";
    public const string AllHandouts = "Handouts.Page.AllHandouts";
    public const string CareTeam = "Handouts.Page.CareTeam";
    public const string Emergency = "Handouts.Page.Emergency";
    public const string IndexTitle = "Handouts.Index.Title";
    public const string IndexIntro = "Handouts.Index.Intro";
    public const string NotFoundTitle = "Handouts.NotFound.Title";
    public const string NotFoundText = "Handouts.NotFound.Text";
    public const string CardOpen = PuenteBot.Dialogs.Handouts.HandoutReplies.OpenKey;
}
