namespace Verkostot.Bot.Installation;

/// <summary>Installing the app, or finding the chat it made, failed; <see cref="Failure"/> says what follows.</summary>
public sealed class AppInstallationException(InstallationFailure failure, string code, Exception? inner = null)
    : Exception($"Installing the app failed: {failure} ({code}).", inner)
{
    public InstallationFailure Failure { get; } = failure;

    /// <summary>Graph's error code, for the record and the log; never a person's name or address.</summary>
    public string Code { get; } = code;
}
