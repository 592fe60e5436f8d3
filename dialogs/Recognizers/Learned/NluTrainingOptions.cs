namespace PuenteBot.Dialogs.Recognizers.Learned;

/// <summary>The settings of one training run; the defaults are what the shipped model was trained with.</summary>
public sealed record NluTrainingOptions
{
    /// <summary>Longest word n-gram (all shorter ones too).</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>Longest character n-gram (all shorter ones too).</summary>
    public int CharNgrams { get; init; } = 5;

    public float L2 { get; init; } = 0.02f;

    public float L1 { get; init; }

    public int Seed { get; init; } = 20261202;
}
