using PuenteBot.Dialogs.Recognizers.Learned;

namespace PuenteBot.Tests.Recognizers.Learned;

/// <summary>The model the bot ships, loaded once for the tests that read with it.</summary>
public static class ShippedModel
{
    private static readonly Lazy<LearnedRecognizer> Model = new(() => new LearnedRecognizer());

    public static LearnedRecognizer Instance => Model.Value;
}
