"""The default job: the four screening fields of the evaluation contract and one custom question.

The web demo seeds it and ``interviewer eval`` interviews with it; nothing in the
interview code depends on it.
"""

from __future__ import annotations

from server.interview.spec import CustomQuestion, FieldSpec, JobSpec

DEFAULT_JOB = JobSpec(
    title="AI training specialist (freelance)",
    description=(
        "Help train and evaluate AI models: rate and compare model responses, write ideal "
        "answers, label data. Remote, flexible hours."
    ),
    fields=(
        FieldSpec(
            key="linkedin_url",
            label="LinkedIn profile URL",
            type="linkedin_url",
            description="The address of your personal LinkedIn profile.",
            question="What is the URL of your LinkedIn profile?",
            example="https://www.linkedin.com/in/jane-doe",
        ),
        FieldSpec(
            key="years_experience",
            label="Years of AI training experience",
            type="years",
            description="How long you have done AI training, data labeling or annotation work.",
            question=(
                "How many years of AI training, data labeling or annotation experience do you have?"
            ),
            example="about 2 years",
        ),
        FieldSpec(
            key="weekly_hours",
            label="Hours per week",
            type="hours_per_week",
            description="How many hours per week you can commit to this work.",
            question="How many hours per week can you commit?",
            example="20 hours a week, or a range such as 15-20",
        ),
        FieldSpec(
            key="ai_training_experience",
            label="AI training platforms and task types",
            type="ai_training_experience",
            description=(
                "Which AI training platforms you have worked on (such as Outlier, Scale AI or "
                "Appen) and which kinds of tasks you did (such as RLHF, evaluation or annotation)."
            ),
            question=(
                "Which AI training platforms have you worked on, "
                "and what kinds of tasks did you do?"
            ),
            example="RLHF and response evaluation on Outlier",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="motivation",
            question="In a sentence or two, why are you interested in this work?",
            required=False,
        ),
    ),
)
