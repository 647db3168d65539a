using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Questions;

namespace Verkostot.Core.Tests.Questions;

/// <summary>The real demo data as of Monday 23 November 2026, loaded once for all question tests.</summary>
public sealed class DemoCatalogFixture
{
    public DemoCatalogFixture()
    {
        Time = FixedTime.Monday23Nov2026;
        Catalog = NetworkCatalog.Create(DemoDataSet.Load(Time));
        Answerer = new QuestionAnswerer(Catalog, Time);
    }

    public FixedTime Time { get; }

    public NetworkCatalog Catalog { get; }

    public QuestionAnswerer Answerer { get; }
}
