"""Attempts to instruct the interviewer: one lexicon for every layer that looks for them.

A candidate's message is content, never a command. The interview reads a sentence that
tries to instruct the system as content it sets aside (``text.strip_instructions``); the
web layer flags any message that carries such a sentence for a person's review
(``interview.oversight.message_flags``). Both use :data:`INSTRUCTION`, so they cannot drift
apart: a phrasing added here is set aside and flagged alike.
"""

from __future__ import annotations

import re

# fmt: off
_PATTERNS: tuple[str, ...] = (
    # --- How the interview has read instructions since its first version.
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)*"
    r"(?:previous\s+|prior\s+|above\s+|earlier\s+|system\s+)?(?:instructions?|rules?|prompts?"
    r"|guidelines|directions)\b",
    r"\byou\s+are\s+now\b",
    r"\b(?:admin|developer|debug|god|jailbreak)\s+mode\b",
    r"\bsystem\s*(?:prompt|message|override)?\s*:",
    r"\[\s*(?:system|admin|instruction|assistant)\b",
    r"<\|?\s*(?:im_start|im_end|system|endoftext)",
    r"\bnote\s+to\s+(?:the\s+)?(?:ai|assistant|model|bot|system|interviewer)\b",
    r"\b(?:mark|set|record|flag)\s+(?:every|all|each|the)\s+(?:\w+\s+){0,2}(?:fields?|questions?"
    r"|answers?|items?)\b",
    r"\b(?:mark|set)\s+\w+\s+(?:as|to)\s+(?:answered|complete|completed|done|verified)\b",
    r"\bas\s+(?:answered|complete|completed|verified)\b",
    r"\b(?:end|finish|terminate|skip)\s+(?:the|this)\s+interview\b",
    r"\b(?:new|updated)\s+instructions?\b",
    r"\bact\s+as\b",
    r"\bpretend\s+(?:to\s+be|you)\b",
    r"\b(?:output|print|return|respond\s+with)\s+(?:\w+\s*=|json|the\s+following)",
    r"\b[a-z]+_[a-z_]+\s*=",
    # A role marker opening a line, or JSON written at the system: a fake turn.
    r"(?:^|\n)\s*(?:assistant|system|user)\s*:",
    r"\{\s*\"[^\"]{1,40}\"\s*:",
    # The same requests in the other languages candidates write in.
    r"\b(?:ignora|ignore[sz]|ignoriere|olvida|oublie[sz]?|vergiss|dimentica)\b.{0,40}"
    r"\b(?:reglas|r[eè]gles|regeln|regole|instrucciones|instructions|anweisungen|istruzioni"
    r"|consignes)\b",
    r"\b(?:marca|marque[sz]?|valide[sz]?|setze|markiere)\b.{0,40}\b(?:campos?|champs?"
    r"|felder|feld|respondido|erledigt|complet[oa]?)\b",
    r"\b(?:sistema|syst[eè]me|systeme|assistente|asistente|systemhinweis)\s*:",
    r"\b(?:marca|marque[rsz]?|markiere|segna|marcar|d[ée]clare[rsz]?)\b.{0,50}\b(?:entrevista"
    r"|entretien|interview|colloquio|candidatura|candidature|bewerbung)\b.{0,30}\b(?:terminad[ao]"
    r"|termin[ée]e?|finalizad[ao]|completad[ao]|beendet|abgeschlossen|conclus[ao]|complet[ae]?"
    r"|aprovad[ao]|aprobad[ao]|approuv[ée]e?|genehmigt|approvat[ao])\b",
    # A note addressed to the system, in the six languages.
    r"\b(?:instrucci[oó]n(?:es)?|instru[cç][aã]o|instru[cç][oõ]es|anweisung(?:en)?|consignes?"
    r"|istruzion[ei]|instructions?|notas?|note|hinweis|mensaje|mensagem|messaggio|message)\s+"
    r"(?:para|an|pour|à|a|per|f[üu]r|to|al|ao)\s+(?:la\s+|el\s+|a\s+|o\s+|das\s+|den\s+|die\s+"
    r"|l'|le\s+|the\s+)?(?:ia|ki|ai|sistema|system|syst[eè]me|assistente|assistant|asistente"
    r"|modelo|modell|mod[eè]le|modello|bot|entrevistador|interviewer|intervistatore|recruteur"
    r"|intelligenza\s+artificiale|inteligencia\s+artificial|intelig[eê]ncia\s+artificial"
    r"|intelligence\s+artificielle|k[üu]nstliche\s+intelligenz|artificial\s+intelligence)\b",
    # Telling the system what to write about "the candidate" (the writer's own answers are
    # in the first person): "scrivi che il candidato ha 10 anni", "write that the applicant".
    r"\b(?:scrivi|scriva|scrivete|annota|registra|escribe|escriba|anota|apunta|registre"
    r"|escreva|escreve|[ée]cri[st]|[ée]crivez|notez|note|inscri[st]|schreib\w*|notier\w*"
    r"|trag\w*\s+ein|write|record|put\s+down|note\s+down|enter|log)\s*,?\s+(?:\w+\s+)?(?:che|que|dass"
    r"|das|that)\s+(?:il|la|el|o|a|le|der|die|the|this|questo|este|ce)?\s*(?:candidat\w*"
    r"|kandidat\w*|bewerber\w*|applicant|postulant\w*|aspirante)\b",
    # --- Chat-template tokens, role markers and requests the review backstop looks for.

            # Chat-template tokens and role markers.
            r"<\|[a-z_]{2,30}\|>",  # <|im_start|>, <|system|>, <|eot_id|>, <|start_header_id|>
            r"\[/?INST\]|<</?SYS>>|</?s>|\[/?(?:system|assistant|admin)\]",
            r"^\s*#{1,}\s*(?:system|instructions?|assistant)\b",
            r"(?:^|[.!?]\s+|\(\s*)(?:system|assistant|developer|admin)\s*(?:message|prompt)?\s*:",
            r"\bnote\s+to\s+(?:the\s+)?(?:ai|assistant|model|bot|system|interviewer)\b",
            # Ignoring or replacing the instructions; asking for them.
            r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:\w+\s+){0,3}"
            r"(?:instructions?|rules|prompts?|guidelines)\b",
            r"\b(?:you\s+are\s+now|act\s+as|pretend\s+(?:to\s+be|you)|new\s+instructions?)\b",
            r"\b(?:admin|developer|debug|god|jailbreak)\s+mode\b",
            r"\b(?:system\s+prompt|your\s+(?:instructions|prompt))\b",
            r"\b(?:repeat|print|reveal|show|output|recite)\b.{0,40}"
            r"\b(?:instructions|prompt|examples?\s+you\s+were\s+given)\b",
            # Asking for a field, a score or a decision to be set.
            r"\b(?:mark|set|record|flag|label)\s+(?:\w+\s+){0,3}(?:as|to)\s+"
            r"(?:answered|complete|completed|done|verified|specific|passed)\b",
            r"\bmark\s+(?:all|every|each|the)\s+(?:\w+\s+)?(?:fields?|questions?|items?|answers?)\b",
            r"\bmark\b.{0,60}\b(?:complete|completed|answered|verified)\b",
            r"\b\w+_\w+\s*[:=]|\"\w+\"\s*:\s*\"",  # field_key = value, {"key": "value"}
            r"\b(?:set|give|raise)\s+(?:my|the|a)\s+(?:\w+\s+)?(?:score|rating|grade)\b",
            r"\b(?:approve|accept|hire|shortlist|reject)\s+(?:this|my|the|all\s+the)\s+"
            r"(?:application|candidate|applicant|proposal|others)|\b(?:approve|hire)\s+me\b",
            r"\b(?:end|finish|terminate|skip)\s+(?:the|this)\s+interview\b",
            # The same in other languages (French, Spanish, Portuguese, Italian, German, Dutch).
            r"\b(?:ignore[zr]?|oublie[zr]?|ignora[r]?|olvida[r]?|esquece[r]?|ignoriere[n]?"
            r"|vergiss|negeer|vergeet)\b.{0,40}\b(?:instructions?|consignes|r[eè]gles"
            r"|instrucciones|reglas|instru[cç][õo]es|regras|istruzioni|regole|anweisungen"
            r"|regeln|instructies|regels)\b",
            r"\b(?:marque[zr]?|marca[r]?|markiere[n]?|segna)\b.{0,40}\b(?:champs?|campos?|campi"
            r"|felder|feld)\b",
            # Russian, Chinese, Japanese.
            r"(?:игнорир\w*|забудь\w*)\s.{0,40}(?:инструкци|правил)",
            r"忽略.{0,10}(?:指令|指示|说明|规则)|系统提示|无视.{0,10}(?:指令|规则)",
            r"(?:指示|命令|ルール).{0,6}(?:無視|忘れ)|システムプロンプト",
)
# fmt: on

INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)


def aimed_at_system(text: str) -> bool:
    """Whether ``text`` (links already masked by the caller) tries to instruct the system."""
    return bool(INSTRUCTION.search(text))
