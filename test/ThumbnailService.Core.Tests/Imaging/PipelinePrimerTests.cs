using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Tests.Images;
using Xunit;

namespace ThumbnailService.Core.Tests.Imaging;

public class PipelinePrimerTests
{
    [Theory]
    [InlineData(OutputFormatPolicy.Auto)]
    [InlineData(OutputFormatPolicy.Jpeg)]
    [InlineData(OutputFormatPolicy.Png)]
    [InlineData(OutputFormatPolicy.WebP)]
    public void Prime_AnyOutputFormat_RendersItsSample(OutputFormatPolicy format)
    {
        var options = new ImagePipelineOptions { Presets = [Pipelines.Large, Pipelines.Square], Format = format };

        Assert.True(PipelinePrimer.Prime(options));
    }
}
