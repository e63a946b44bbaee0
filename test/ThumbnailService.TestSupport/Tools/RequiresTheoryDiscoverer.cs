using Xunit.Abstractions;
using Xunit.Sdk;

namespace ThumbnailService.TestSupport.Tools;

/// <summary>Discovers a <see cref="RequiresTheoryAttribute"/> test as a theory, or as a failing test under CI when a tool is missing.</summary>
public sealed class RequiresTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        MissingToolTestCase.UnderCi(DiagnosticMessageSink, discoveryOptions, testMethod, theoryAttribute)
            ?? base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
