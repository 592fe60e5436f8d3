using System.Text.Json.Serialization;

namespace PuenteBot.Dialogs.Barriers;

/// <summary>The barriers to work through, in order, and which one is being worked on.</summary>
public sealed class BarrierPlanOptions
{
    public List<NamedBarrier> Barriers { get; set; } = [];

    public int Index { get; set; }

    [JsonIgnore]
    public NamedBarrier Current => Barriers[Index];

    public BarrierPlanOptions NextOne() => new() { Barriers = Barriers, Index = Index + 1 };

    [JsonIgnore]
    public bool HasNext => Index + 1 < Barriers.Count;
}
