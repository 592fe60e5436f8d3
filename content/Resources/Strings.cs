namespace PuenteBot.Content.Resources;

/// <summary>
/// Marker for the UI strings in Strings.resx (English) and Strings.es.resx (Spanish):
/// ask for <c>IStringLocalizer&lt;Strings&gt;</c>.
/// </summary>
public sealed class Strings;
