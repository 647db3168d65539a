using System.Text.Json;

namespace Verkostot.Bot.Tests.Cards;

/// <summary>
/// Writes every <see cref="CardSamples"/> card to $VERKOSTOT_CARD_SNAPSHOTS, where scripts/test-manifest.sh
/// validates it with the official adaptivecards package and the 1.5 JSON schema.
/// </summary>
public sealed class CardSnapshots
{
    public static TheoryData<CardSample> Samples => new(CardSamples.All);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_Rendered_IsVersion15CardWithFallbackText(CardSample sample)
    {
        var card = sample.Build().ToJsonElement();

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(card.GetProperty("fallbackText").GetString()));
        WriteSnapshot(sample.Name, card);
    }

    [Fact]
    public void Samples_Names_AreUniqueFileNames()
    {
        var names = CardSamples.All.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9-]+$", n));
    }

    private static void WriteSnapshot(string name, JsonElement card)
    {
        var folder = Environment.GetEnvironmentVariable("VERKOSTOT_CARD_SNAPSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), card.GetRawText());
    }
}
