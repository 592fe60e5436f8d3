using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PuenteBot.Dialogs.Runtime;

/// <summary>Reads UI strings in the conversation's language, whatever the thread's culture is.</summary>
public static class LocalizedText
{
    /// <summary>The channel id of SMS (Azure Bot Service's SMS channel and PuenteBot's Twilio webhook).</summary>
    public const string SmsChannel = "sms";

    /// <summary>Whether the turn came by SMS (its replies are plain text parts).</summary>
    public static bool IsSms(this ITurnContext context) =>
        string.Equals(context.Activity.ChannelId, SmsChannel, StringComparison.OrdinalIgnoreCase);

    /// <summary>Suffix of a shorter wording that the content gives for SMS, where one exists (Safety.Urgent.Sms).</summary>
    public const string SmsVariant = ".Sms";

    /// <summary>
    /// The string <paramref name="key"/> in the turn's language, formatted with <paramref name="arguments"/>; on SMS,
    /// its SMS wording when the content has one.
    /// </summary>
    public static string For(this IStringLocalizer localizer, ITurnContext context, string key, params object[] arguments)
    {
        if (context.IsSms()
            && localizer.Find(context.Language, key + SmsVariant, arguments) is { } sms)
        {
            return sms;
        }

        return localizer.For(context.Language, key, arguments);
    }

    /// <summary>The string <paramref name="key"/> in <paramref name="language"/> (en or es), its arguments (dates, numbers) formatted for that language.</summary>
    public static string For(this IStringLocalizer localizer, string language, string key, params object[] arguments) =>
        localizer.Find(language, key, arguments) ?? throw new InvalidOperationException($"UI string '{key}' is missing.");

    private static string? Find(this IStringLocalizer localizer, string language, string key, object[] arguments)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = wanted;
        CultureInfo.CurrentUICulture = wanted;
        try
        {
            var text = localizer[key, arguments];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
