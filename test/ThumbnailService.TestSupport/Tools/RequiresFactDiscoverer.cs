using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>Discovers a <see cref="RequiresFactAttribute"/> test as a fact, or as a failing test under CI when a tool is missing.</summary>
public sealed class RequiresFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        MissingToolTestCase.UnderCi(DiagnosticMessageSink, discoveryOptions, testMethod, factAttribute)
            ?? base.Discover(discoveryOptions, testMethod, factAttribute);
}
