using ThumbnailService.Core.Options;
using ThumbnailService.Functions.Composition;
using ThumbnailService.Functions.Tests.TestDoubles;

namespace ThumbnailService.Functions.Tests.Composition;

public sealed class FunctionCompositionTests
{
    [Fact]
    public void Initialize_UnknownHandlerAndNoBucket_ReportsBothInOneError()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() =>
            FunctionComposition.Initialize(new RecordingLogger(), name => name switch
            {
                "_HANDLER" => "resize",
                "AWS_REGION" => "us-east-1",
                _ => null,
            }));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains("_HANDLER is 'resize': valid values are thumbnail, cleanup.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("THUMBNAIL_BUCKET is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Initialize_NoRegionAndNoEndpoint_ReportsRegion()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() =>
            FunctionComposition.Initialize(new RecordingLogger(), name => name switch
            {
                "_HANDLER" => "thumbnail",
                "THUMBNAIL_BUCKET" => "thumbs",
                _ => null,
            }));

        Assert.StartsWith("AWS_REGION is not set", Assert.Single(exception.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thumbnail")]
    [InlineData("cleanup")]
    public void Initialize_ValidConfiguration_ReturnsHandler(string function)
    {
        var handler = FunctionComposition.Initialize(new RecordingLogger(), name => name switch
        {
            "_HANDLER" => function,
            "THUMBNAIL_BUCKET" => "thumbs",
            "AWS_REGION" => "us-east-1",
            _ => null,
        });

        Assert.NotNull(handler);
    }
}
