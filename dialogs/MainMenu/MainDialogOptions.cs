namespace PuenteBot.Dialogs.MainMenu;

/// <summary>How the main dialog starts: with the welcome, or straight at the menu.</summary>
public sealed class MainDialogOptions
{
    public bool SkipGreeting { get; set; }
}
