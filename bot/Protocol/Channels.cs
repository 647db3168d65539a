namespace Verkostot.Bot.Protocol;

/// <summary>Channel ids this bot meets.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string Emulator = "emulator";
}
