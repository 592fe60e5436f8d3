namespace PuenteBot.Dialogs.MainMenu;

/// <summary>How the main dialog starts: with the welcome, or straight at the menu.</summary>
public sealed class MainDialogOptions
{
    public bool SkipGreeting { get; set; }

    /// <summary>A sentence naming a topic, opened straight away once consent is given (a returning caregiver's message).</summary>
    public string? Topic { get; set; }
}
