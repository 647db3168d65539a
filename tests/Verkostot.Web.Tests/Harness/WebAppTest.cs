namespace Verkostot.Web.Tests.Harness;

/// <summary>
/// A browser test class with its own bot host (demo data, developer sign-in), started before its tests and disposed
/// after them. Derived classes join the browser collection ([Collection(BrowserCollection.Name)]), which shares one
/// Chromium.
/// </summary>
public abstract class WebAppTest(Chromium chromium) : IAsyncLifetime
{
    protected Chromium Chromium { get; } = chromium;

    protected WebAppHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = WebAppHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
